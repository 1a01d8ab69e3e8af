// Original file: proto/node.proto


export interface ShowrunesRunesRestrictionsAlternatives {
  'fieldname'?: (string);
  'value'?: (string);
  'condition'?: (string);
  'english'?: (string);
}

export interface ShowrunesRunesRestrictionsAlternatives__Output {
  'fieldname': (string);
  'value': (string);
  'condition': (string);
  'english': (string);
}

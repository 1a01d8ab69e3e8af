{
  "targets": [
    {
      "target_name": "fdpass",
      "sources": ["native/fdpass.c"],
      "cflags": ["-Wall", "-Wextra", "-Wno-unused-parameter"]
    },
    {
      "target_name": "greenhouse-hsmd",
      "type": "executable",
      "sources": ["native/handoff.c"],
      "defines": ["HANDOFF_HSMD"],
      "cflags": ["-Wall", "-Wextra", "-O2"]
    },
    {
      "target_name": "greenhouse-events-plugin",
      "type": "executable",
      "sources": ["native/handoff.c"],
      "defines": ["HANDOFF_PLUGIN"],
      "cflags": ["-Wall", "-Wextra", "-O2"]
    }
  ]
}

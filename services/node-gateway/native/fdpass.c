/*
 * The two things Node.js cannot do on unix sockets, for the hsmd proxy: make a socketpair, and pass
 * an fd over a socket with SCM_RIGHTS (CLN's ccan/fdpass: one fd per sendmsg, one 0x00 data byte).
 * recvFd is the receiving half, used by tests that play lightningd. tryReceiveHandoff takes what
 * native/handoff.c (greenhouse-hsmd, greenhouse-events-plugin) sends: a role name and its fds.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#include <node_api.h>

static napi_value throw_errno(napi_env env, const char *call) {
  char message[128];
  snprintf(message, sizeof message, "%s: %s", call, strerror(errno));
  napi_throw_error(env, NULL, message);
  return NULL;
}

static int int_arg(napi_env env, napi_callback_info info, size_t count, int32_t *out) {
  napi_value args[2];
  size_t argc = 2;
  if (napi_get_cb_info(env, info, &argc, args, NULL, NULL) != napi_ok || argc < count) return 0;
  for (size_t i = 0; i < count; i++)
    if (napi_get_value_int32(env, args[i], &out[i]) != napi_ok) return 0;
  return 1;
}

/*
 * Waits until fd is ready, for at most FD_WAIT_MS: these calls run on the caller's event loop, so a
 * peer that never reads (or never sends) must end in an error, not a process wedged for ever.
 * 0 when ready (or interrupted: the caller retries), -1 with errno set otherwise.
 */
#define FD_WAIT_MS 10000
static int wait_for(int fd, short events, int timeout_ms) {
  struct pollfd p = { .fd = fd, .events = events };
  int ready = poll(&p, 1, timeout_ms);
  if (ready > 0 || (ready < 0 && errno == EINTR)) return 0;
  if (ready == 0) errno = ETIMEDOUT;
  return -1;
}

/* socketpair() -> [fd, fd]: AF_UNIX stream sockets, blocking, close-on-exec. */
static napi_value socket_pair(napi_env env, napi_callback_info info) {
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) return throw_errno(env, "socketpair");
  napi_value pair, a, b;
  napi_create_array_with_length(env, 2, &pair);
  napi_create_int32(env, fds[0], &a);
  napi_create_int32(env, fds[1], &b);
  napi_set_element(env, pair, 0, a);
  napi_set_element(env, pair, 1, b);
  return pair;
}

/* sendFd(socketFd, fdToSend): one 0x00 byte carrying fdToSend, as ccan's fdpass_send; waits at most FD_WAIT_MS for room. */
static napi_value send_fd(napi_env env, napi_callback_info info) {
  int32_t fd[2];
  if (!int_arg(env, info, 2, fd)) {
    napi_throw_type_error(env, NULL, "sendFd(socketFd, fdToSend) takes two fds");
    return NULL;
  }
  char byte = 0;
  struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
  union { struct cmsghdr align; char buf[CMSG_SPACE(sizeof(int))]; } control;
  memset(&control, 0, sizeof control);
  struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf, .msg_controllen = sizeof control.buf };
  struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
  cmsg->cmsg_level = SOL_SOCKET;
  cmsg->cmsg_type = SCM_RIGHTS;
  cmsg->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(cmsg), &fd[1], sizeof(int));
  for (;;) {
    if (sendmsg(fd[0], &msg, MSG_NOSIGNAL | MSG_DONTWAIT) == 1) return NULL;
    if (errno == EINTR) continue;
    if ((errno == EAGAIN || errno == EWOULDBLOCK) && wait_for(fd[0], POLLOUT, FD_WAIT_MS) == 0) continue;
    return throw_errno(env, "sendmsg");
  }
}

/*
 * recvFd(socketFd[, timeoutMs]) -> fd: reads the one byte sendFd wrote and returns the fd it
 * carried; waits at most timeoutMs (default FD_WAIT_MS).
 */
static napi_value recv_fd(napi_env env, napi_callback_info info) {
  int32_t args[2] = { -1, FD_WAIT_MS };
  napi_value given[2];
  size_t argc = 2;
  napi_get_cb_info(env, info, &argc, given, NULL, NULL);
  if (!int_arg(env, info, argc >= 2 ? 2 : 1, args) || args[1] < 0) {
    napi_throw_type_error(env, NULL, "recvFd(socketFd[, timeoutMs]) takes an fd and a timeout of 0 ms or more");
    return NULL;
  }
  int32_t fd = args[0];
  char byte;
  struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
  union { struct cmsghdr align; char buf[CMSG_SPACE(sizeof(int))]; } control;
  struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf, .msg_controllen = sizeof control.buf };
  for (;;) {
    ssize_t got = recvmsg(fd, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
    if (got == 1) break;
    if (got == 0) {
      napi_throw_error(env, NULL, "recvmsg: the socket closed before an fd arrived");
      return NULL;
    }
    if (errno == EINTR) continue;
    if ((errno == EAGAIN || errno == EWOULDBLOCK) && wait_for(fd, POLLIN, args[1]) == 0) continue;
    return throw_errno(env, "recvmsg");
  }
  struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
  if (!cmsg || cmsg->cmsg_level != SOL_SOCKET || cmsg->cmsg_type != SCM_RIGHTS || cmsg->cmsg_len != CMSG_LEN(sizeof(int))) {
    napi_throw_error(env, NULL, "recvmsg: the byte carried no fd");
    return NULL;
  }
  int received;
  memcpy(&received, CMSG_DATA(cmsg), sizeof(int));
  napi_value result;
  napi_create_int32(env, received, &result);
  return result;
}

#define MAX_HANDOFF_FDS 4
#define MAX_HANDOFF_ROLE 32

/*
 * tryReceiveHandoff(socketFd) -> { role, fds } | null: one message of handoff.c, without waiting
 * (null: nothing has arrived yet). The fds are close-on-exec. Throws when the peer closed first or
 * sent something else; fds that came with a malformed message are closed.
 */
static napi_value try_receive_handoff(napi_env env, napi_callback_info info) {
  int32_t fd;
  if (!int_arg(env, info, 1, &fd)) {
    napi_throw_type_error(env, NULL, "tryReceiveHandoff(socketFd) takes one fd");
    return NULL;
  }
  char role[MAX_HANDOFF_ROLE];
  struct iovec iov = { .iov_base = role, .iov_len = sizeof role };
  union { struct cmsghdr align; char buf[CMSG_SPACE(MAX_HANDOFF_FDS * sizeof(int))]; } control;
  struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf, .msg_controllen = sizeof control.buf };
  ssize_t got;
  do got = recvmsg(fd, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
  while (got < 0 && errno == EINTR);
  if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
    napi_value nothing;
    napi_get_null(env, &nothing);
    return nothing;
  }
  if (got < 0) return throw_errno(env, "recvmsg");
  int fds[MAX_HANDOFF_FDS];
  size_t count = 0;
  struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
  if (cmsg && cmsg->cmsg_level == SOL_SOCKET && cmsg->cmsg_type == SCM_RIGHTS) {
    count = (cmsg->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    memcpy(fds, CMSG_DATA(cmsg), count * sizeof(int));
  }
  if (got == 0 || count == 0 || (msg.msg_flags & (MSG_CTRUNC | MSG_TRUNC))) {
    for (size_t i = 0; i < count; i++) close(fds[i]);
    napi_throw_error(env, NULL, got == 0 ? "the handoff connection closed before any fd arrived"
                                         : "the handoff message carried no fd, or more than expected");
    return NULL;
  }
  napi_value result, role_value, fd_array, one;
  napi_create_object(env, &result);
  napi_create_string_utf8(env, role, (size_t)got, &role_value);
  napi_create_array_with_length(env, count, &fd_array);
  for (size_t i = 0; i < count; i++) {
    napi_create_int32(env, fds[i], &one);
    napi_set_element(env, fd_array, (uint32_t)i, one);
  }
  napi_set_named_property(env, result, "role", role_value);
  napi_set_named_property(env, result, "fds", fd_array);
  return result;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor functions[] = {
    { "socketPair", NULL, socket_pair, NULL, NULL, NULL, napi_default, NULL },
    { "sendFd", NULL, send_fd, NULL, NULL, NULL, napi_default, NULL },
    { "recvFd", NULL, recv_fd, NULL, NULL, NULL, napi_default, NULL },
    { "tryReceiveHandoff", NULL, try_receive_handoff, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, exports, sizeof functions / sizeof functions[0], functions);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)

/*
 * greenhouse-hsmd and greenhouse-events-plugin: what lightningd starts as its hsmd subdaemon
 * (--subdaemon=hsmd:) and as the gateway's plugin (--plugin=). Each hands the descriptors lightningd
 * gave it to the node gateway, which serves them in its own process, and then only waits:
 *
 *   hsmd:   fd 0 (status socket) and fd 3 (hsmd request socket), sent as "hsmd";
 *   plugin: fd 0 (lightningd's JSON-RPC requests) and fd 1 (our answers), sent as "plugin";
 *
 * over the unix socket named by GREENHOUSE_HANDOFF_SOCKET, in one sendmsg with SCM_RIGHTS. A Node.js
 * process costs lightningd ≈50 ms to start and more to load; this costs ≈1 ms (bench/schedule).
 *
 * The process stays alive while the gateway serves the descriptors, so lightningd's view of its
 * child is the real one: its pid is never reused while lightningd may kill it, and it exits when the
 * gateway is done (the gateway closes the handoff connection: exit 0, or first writes one byte, the
 * exit status) or gone (the connection closes: lightningd then loses its hsmd and stops, as it does
 * when hsmd dies).
 *
 * As hsmd it also answers `--version` (lightningd runs every subdaemon so at start and requires its
 * own version and a newline) from GREENHOUSE_LIGHTNINGD_VERSION, which the gateway sets.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#if defined(HANDOFF_HSMD)
static const char ROLE[] = "hsmd";
static const int HANDED_FDS[] = { 0, 3 };
#elif defined(HANDOFF_PLUGIN)
static const char ROLE[] = "plugin";
static const int HANDED_FDS[] = { 0, 1 };
#else
#error "define HANDOFF_HSMD or HANDOFF_PLUGIN"
#endif

#define FD_COUNT (sizeof HANDED_FDS / sizeof HANDED_FDS[0])
#define SOCKET_ENV "GREENHOUSE_HANDOFF_SOCKET"
#define VERSION_ENV "GREENHOUSE_LIGHTNINGD_VERSION"

static int fail(const char *what) {
  fprintf(stderr, "greenhouse-%s: %s: %s\n", ROLE, what, strerror(errno));
  return 1;
}

#if defined(HANDOFF_HSMD)
static int print_version(void) {
  const char *version = getenv(VERSION_ENV);
  if (!version || !*version) {
    fprintf(stderr, "greenhouse-%s: %s is not set: the gateway sets it to `lightningd --version`\n", ROLE, VERSION_ENV);
    return 1;
  }
  printf("%s\n", version);
  return fflush(stdout) == 0 ? 0 : 1;
}
#endif

static int connect_to_gateway(void) {
  const char *path = getenv(SOCKET_ENV);
  if (!path || !*path) {
    fprintf(stderr, "greenhouse-%s: %s is not set: the node gateway sets it when it starts lightningd\n", ROLE, SOCKET_ENV);
    return -1;
  }
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  if (strlen(path) >= sizeof address.sun_path) {
    fprintf(stderr, "greenhouse-%s: %s is longer than a unix socket path may be: %s\n", ROLE, SOCKET_ENV, path);
    return -1;
  }
  strcpy(address.sun_path, path);
  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return fail("socket"), -1;
  while (connect(fd, (struct sockaddr *)&address, sizeof address) != 0) {
    if (errno == EINTR) continue;
    fprintf(stderr, "greenhouse-%s: cannot reach the node gateway at %s: %s\n", ROLE, path, strerror(errno));
    close(fd);
    return -1;
  }
  return fd;
}

static int hand_over(int gateway) {
  struct iovec iov = { .iov_base = (void *)ROLE, .iov_len = strlen(ROLE) };
  union { struct cmsghdr align; char buf[CMSG_SPACE(sizeof HANDED_FDS)]; } control;
  memset(&control, 0, sizeof control);
  struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf, .msg_controllen = sizeof control.buf };
  struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
  cmsg->cmsg_level = SOL_SOCKET;
  cmsg->cmsg_type = SCM_RIGHTS;
  cmsg->cmsg_len = CMSG_LEN(sizeof HANDED_FDS);
  memcpy(CMSG_DATA(cmsg), HANDED_FDS, sizeof HANDED_FDS);
  for (;;) {
    if (sendmsg(gateway, &msg, MSG_NOSIGNAL) == (ssize_t)iov.iov_len) return 0;
    if (errno != EINTR) return fail("sendmsg");
  }
}

int main(int argc, char **argv) {
#if defined(HANDOFF_HSMD)
  if (argc == 2 && strcmp(argv[1], "--version") == 0) return print_version();
#endif
  (void)argc;
  (void)argv;
  signal(SIGPIPE, SIG_IGN);
  int gateway = connect_to_gateway();
  if (gateway < 0) return 1;
  if (hand_over(gateway) != 0) return 1;
  /* The gateway holds them now; ours would keep lightningd from seeing the gateway close them. */
  for (size_t i = 0; i < FD_COUNT; i++) close(HANDED_FDS[i]);
  unsigned char exit_status;
  for (;;) {
    ssize_t got = read(gateway, &exit_status, 1);
    if (got == 1) return exit_status;
    if (got == 0) return 0;
    if (errno != EINTR) return fail("read");
  }
}

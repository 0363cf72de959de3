#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a browser downloaded by a test tool).
# Installs it, and CJK fonts so screenshots show Chinese, when missing.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# grep -c reads all of fc-list: with -q, pipefail would count fc-list's SIGPIPE as "no fonts".
[ "$(fc-list 2>/dev/null | grep -ci "CJK\|Noto Sans SC\|WenQuanYi")" -gt 0 ] || need+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v npm >/dev/null 2>&1 || need+=(npm)
install_axe() {  # axe-core for the accessibility test, pinned in package.json / package-lock.json
  [ -f node_modules/axe-core/axe.min.js ] || npm ci --no-audit --no-fund --loglevel=error
}
if [ ${#need[@]} -eq 0 ]; then install_axe; exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "缺少 ${need[*]}：请以 root 运行 make test，或先执行 apt-get install ${need[*]}" >&2; exit 1
  fi
else SUDO=""; fi
echo "安装浏览器测试依赖：${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
install_axe

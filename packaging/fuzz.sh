#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the parsers' libFuzzer targets with clang (address and undefined-behaviour sanitizers) and runs each for
# a bounded time: bash packaging/fuzz.sh [SECONDS] (the requests' target SECONDS, the forms' and the e-mails'
# targets a third of them each). A finding stops it with the input saved in build-fuzz/crash-* and a non-zero exit.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
seconds="${1:-60}"
out=build-fuzz
builds=()
mkdir -p "$out/corpus"
# Seeds: a push, a pull and a few broken requests.
printf 'POST /api/v1/sync/push HTTP/1.1\r\nHost: a\r\nContent-Length: 143\r\nAuthorization: Bearer t\r\n\r\n{"tenant":"ATH","clientId":"c","schemaVersion":10,"mutations":[{"id":1,"command":{"id":"x","name":"request.note","at":"1","actor":"u","args":{}}}]}' > "$out/corpus/push"
printf 'POST /api/v1/sync/pull HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}' > "$out/corpus/pull"
printf 'GET /api/v1/sync/poke?tenant=ATH&cursor=3 HTTP/1.1\r\nHost: a\r\n\r\n' > "$out/corpus/poke"
printf 'POST /x HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello' > "$out/corpus/twolengths"
# Qt is built with -fPIC and its headers ask for it.
clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -I. $(pkg-config --cflags Qt6Network) \
    tests/fuzz/fuzz_requests.cpp server/httpmessage.cpp core/commands/command.cpp core/domain/idgenerator.cpp \
    $(pkg-config --libs Qt6Network) -o "$out/fuzz_requests" &
builds+=($!)
# The forms of Open311 clients and the web form: the first line is the Content-Type, the rest the body.
mkdir -p "$out/forms"
printf 'application/x-www-form-urlencoded\nservice_code=STRTLGHT&lat=37.97&long=23.72&attribute%%5BPOLE%%5D=A-17&attribute%%5BWHEN%%5D%%5B%%5D=night&description=L%%C3%%A1mpara+%%2B+rota' > "$out/forms/urlencoded"
printf 'multipart/form-data; boundary=XyZ\n--XyZ\r\nContent-Disposition: form-data; name="service_code"\r\n\r\nPOTHOLE\r\n--XyZ\r\nContent-Disposition: form-data; name="media"; filename="../a\\b.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0JFIF\r\n--XyZ--\r\n' > "$out/forms/multipart"
printf 'multipart/form-data; boundary="q q"\n--q q\r\nContent-Disposition: form-data; name="a\r\n\r\nb' > "$out/forms/truncated"
clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -I. $(pkg-config --cflags Qt6Core) \
    tests/fuzz/fuzz_forms.cpp core/channels/formdata.cpp \
    $(pkg-config --libs Qt6Core) -o "$out/fuzz_forms" &
builds+=($!)
# Citizens' e-mails: a Greek message with a photo, encoded words, a nested multipart cut short.
mkdir -p "$out/mail"
printf 'From: =?UTF-8?B?zp3Or866zr/Pgg==?= <nikos@example.org>\r\nSubject: =?ISO-8859-7?Q?=D3=EA=EF=F5=F0=DF=E4=E9=E1?=\r\nMessage-ID: <a@b>\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=iso-8859-7\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=D3=EA=EF=F5=F0=DF=E4=E9=E1 =3D\r\n> quoted\r\n--b1\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename*=UTF-8\x27\x27%%CF%%86.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRg==\r\n--b1--\r\n' > "$out/mail/greek"
printf 'From: a@b.c\r\nAuto-Submitted: auto-replied\r\nContent-Type: multipart/alternative; boundary=x\r\n\r\n--x\r\nContent-Type: multipart/related; boundary=y\r\n\r\n--y\r\nContent-Type: text/html\r\n\r\n<p>a &#945; &amp;</p><script>x</script>' > "$out/mail/nested"
clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -I. $(pkg-config --cflags Qt6Core) \
    tests/fuzz/fuzz_mail.cpp core/channels/mailparser.cpp \
    $(pkg-config --libs Qt6Core) -o "$out/fuzz_mail" &
builds+=($!)
for pid in "${builds[@]}"; do wait "$pid"; done
cd "$out"
# The requests' target on one core, the forms' and then the e-mails' on the other: the same time for each target,
# half the wall time. Each one's output is kept whole in its log and its end shown.
run() { local name="$1"; shift; ASAN_OPTIONS=detect_leaks=0 "./$name" "$@" -print_final_stats=1 >"$name.log" 2>&1; }
run fuzz_requests -max_total_time="$seconds" -max_len=8192 corpus &
requests=$!
( run fuzz_forms -max_total_time="$(( (seconds + 2) / 3 ))" -max_len=4096 forms && \
  run fuzz_mail -max_total_time="$(( (seconds + 2) / 3 ))" -max_len=8192 mail ) &
others=$!
status=0
wait "$requests" || status=1
wait "$others" || status=1
for name in fuzz_requests fuzz_forms fuzz_mail; do
    [ -f "$name.log" ] && tail -12 "$name.log"
done
exit "$status"

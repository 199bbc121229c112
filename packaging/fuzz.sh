#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the parsers' libFuzzer targets with clang (address and undefined-behaviour sanitizers) and runs each for
# a bounded time: bash packaging/fuzz.sh [SECONDS] (the requests' target SECONDS, the forms' target a third of
# them). A finding stops it with the input saved in build-fuzz/crash-* and a non-zero exit.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
seconds="${1:-60}"
out=build-fuzz
mkdir -p "$out/corpus"
# Seeds: a push, a pull and a few broken requests.
printf 'POST /api/v1/sync/push HTTP/1.1\r\nHost: a\r\nContent-Length: 143\r\nAuthorization: Bearer t\r\n\r\n{"tenant":"ATH","clientId":"c","schemaVersion":10,"mutations":[{"id":1,"command":{"id":"x","name":"request.note","at":"1","actor":"u","args":{}}}]}' > "$out/corpus/push"
printf 'POST /api/v1/sync/pull HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}' > "$out/corpus/pull"
printf 'GET /api/v1/sync/poke?tenant=ATH&cursor=3 HTTP/1.1\r\nHost: a\r\n\r\n' > "$out/corpus/poke"
printf 'POST /x HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello' > "$out/corpus/twolengths"
# Qt is built with -fPIC and its headers ask for it.
clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -I. $(pkg-config --cflags Qt6Core) \
    tests/fuzz/fuzz_requests.cpp server/httpmessage.cpp core/commands/command.cpp core/domain/idgenerator.cpp \
    $(pkg-config --libs Qt6Core) -o "$out/fuzz_requests"
# The forms of Open311 clients and the web form: the first line is the Content-Type, the rest the body.
mkdir -p "$out/forms"
printf 'application/x-www-form-urlencoded\nservice_code=STRTLGHT&lat=37.97&long=23.72&attribute%%5BPOLE%%5D=A-17&attribute%%5BWHEN%%5D%%5B%%5D=night&description=L%%C3%%A1mpara+%%2B+rota' > "$out/forms/urlencoded"
printf 'multipart/form-data; boundary=XyZ\n--XyZ\r\nContent-Disposition: form-data; name="service_code"\r\n\r\nPOTHOLE\r\n--XyZ\r\nContent-Disposition: form-data; name="media"; filename="../a\\b.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0JFIF\r\n--XyZ--\r\n' > "$out/forms/multipart"
printf 'multipart/form-data; boundary="q q"\n--q q\r\nContent-Disposition: form-data; name="a\r\n\r\nb' > "$out/forms/truncated"
clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -I. $(pkg-config --cflags Qt6Core) \
    tests/fuzz/fuzz_forms.cpp core/channels/formdata.cpp \
    $(pkg-config --libs Qt6Core) -o "$out/fuzz_forms"
cd "$out"
ASAN_OPTIONS=detect_leaks=0 ./fuzz_requests -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 corpus 2>&1 | tail -12
ASAN_OPTIONS=detect_leaks=0 ./fuzz_forms -max_total_time="$(( (seconds + 2) / 3 ))" -max_len=4096 -print_final_stats=1 forms 2>&1 | tail -12

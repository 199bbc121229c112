# SPDX-License-Identifier: GPL-3.0-or-later
# Runs COMMAND (a ;-list) and checks its exit code (EXIT: 0 or nonzero) and that its output matches MATCH.
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}${err}")
if(EXIT STREQUAL "nonzero" AND rc EQUAL 0)
    message(FATAL_ERROR "expected a failure, got exit 0:\n${all}")
elseif(EXIT STREQUAL "0" AND NOT rc EQUAL 0)
    message(FATAL_ERROR "expected success, got exit ${rc}:\n${all}")
endif()
if(NOT all MATCHES "${MATCH}")
    message(FATAL_ERROR "output does not match '${MATCH}':\n${all}")
endif()
message(STATUS "ok: exit ${rc}")

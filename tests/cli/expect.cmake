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
# A file the command must not have made (CIVICDESK_EXPECT_ABSENT in the environment).
if(DEFINED ENV{CIVICDESK_EXPECT_ABSENT} AND EXISTS "$ENV{CIVICDESK_EXPECT_ABSENT}")
    message(FATAL_ERROR "the command left $ENV{CIVICDESK_EXPECT_ABSENT} behind")
endif()
message(STATUS "ok: exit ${rc}")

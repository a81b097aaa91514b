# SPDX-License-Identifier: GPL-3.0-or-later
# Shared build settings for every target of the project.

function(crm_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wno-missing-field-initializers)
    if(CRM_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# crm_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS crm_core [GUI])
# One executable per tested class, run offscreen with a UTF-8 locale.
function(crm_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test crm_test_support ${T_LIBS})
    crm_set_warnings(${T_NAME})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    # Qt Test's own watchdog stops a test function after 300 s; a test given more time by
    # ctest gets it there too.
    math(EXPR T_FUNCTION_TIMEOUT_MS "${T_TIMEOUT} * 1000")
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=${T_FUNCTION_TIMEOUT_MS};QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;CRM_TEST_DATA_DIR=${PROJECT_SOURCE_DIR}/tests/data;CRM_CLI_BINARY=$<TARGET_FILE:crm-cli>;CRM_SERVER_BINARY=$<TARGET_FILE:crm-server>;QT_LOGGING_RULES=crm.*.debug=false")
endfunction()

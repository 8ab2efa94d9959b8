# gatehouse_add_test(<name> SOURCES ... LIBRARIES ... [GUI] [KEYRING] [POSTGRES] [SERVER]
#                    [LABELS ...] [ENVIRONMENT ...] [TIMEOUT s])
#
# One executable per test, tests/tst_<name>.cpp by default. GUI tests run with the
# offscreen platform; KEYRING tests run inside their own D-Bus session with an
# unlocked gnome-keyring and a throw-away HOME; POSTGRES tests need the PostgreSQL
# fixture that tests/CMakeLists.txt starts; SERVER tests get the server binary's path.
function(gatehouse_add_test name)
    cmake_parse_arguments(arg "GUI;KEYRING;POSTGRES;SERVER;NO_TARGET" "TIMEOUT;TARGET"
        "SOURCES;LIBRARIES;LABELS;ENVIRONMENT;ARGS;WRAPPER" ${ARGN})
    set(target tst_${name})
    if(arg_TARGET)
        set(target ${arg_TARGET})
    endif()
    if(NOT arg_NO_TARGET)
        if(NOT arg_SOURCES)
            set(arg_SOURCES tst_${name}.cpp)
        endif()
        qt_add_executable(${target} ${arg_SOURCES})
        set_target_properties(${target} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
        target_link_libraries(${target} PRIVATE gatehouse_compile_policy Qt6::Test
            gatehouse_test_support ${arg_LIBRARIES})
        if(arg_SERVER)
            add_dependencies(${target} gatehouse-server)
        endif()
    endif()

    set(command $<TARGET_FILE:${target}>)
    if(arg_KEYRING)
        set(command "${GATEHOUSE_TEST_SUPPORT_DIR}/with-keyring.sh" ${command})
    endif()
    if(arg_WRAPPER)
        set(command ${arg_WRAPPER} ${command})
    endif()
    add_test(NAME ${name} COMMAND ${command} ${arg_ARGS})

    set(env "GATEHOUSE_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
    if(TARGET gatehouse-server)
        list(APPEND env "GATEHOUSE_SERVER_BINARY=$<TARGET_FILE:gatehouse-server>")
    endif()
    if(arg_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    list(APPEND env ${arg_ENVIRONMENT})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}")
    if(arg_POSTGRES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED postgres
            ENVIRONMENT_MODIFICATION "GATEHOUSE_TEST_PG_URL=set:${GATEHOUSE_TEST_PG_URL}")
        list(APPEND arg_LABELS postgres)
    endif()
    if(arg_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}")
    endif()
    if(arg_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${arg_TIMEOUT})
    else()
        set_tests_properties(${name} PROPERTIES TIMEOUT 300)
    endif()
endfunction()

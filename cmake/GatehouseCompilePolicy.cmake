# One INTERFACE target carries the compile policy; every target links it.
add_library(gatehouse_compile_policy INTERFACE)
target_compile_features(gatehouse_compile_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(gatehouse_compile_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local>
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
if(GATEHOUSE_WERROR)
    target_compile_options(gatehouse_compile_policy INTERFACE -Werror)
endif()
target_compile_definitions(gatehouse_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

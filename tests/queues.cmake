# Review queues: the console's queue model and its test fixtures.
qt_add_library(gatehouse_queue_test_support STATIC
    support/queuerows.h support/queuerows.cpp
    support/memoryqueuesource.h support/memoryqueuesource.cpp
)
target_include_directories(gatehouse_queue_test_support PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_link_libraries(gatehouse_queue_test_support PUBLIC gatehouse_compile_policy gatehouse_models)

gatehouse_add_test(queuerowstore LIBRARIES gatehouse_models gatehouse_queue_test_support)
gatehouse_add_test(queuemodel GUI LIBRARIES gatehouse_models gatehouse_queue_test_support)
gatehouse_add_test(server_queues LIBRARIES gatehouse_server_test_support)
gatehouse_add_test(server_decisions LIBRARIES gatehouse_server_test_support)
gatehouse_add_test(server_queues_postgres NO_TARGET TARGET tst_server_queues POSTGRES
    ENVIRONMENT GATEHOUSE_QUEUE_TEST_BACKEND=postgresql)

# The queue panes (workspace applications, enterprise verifications): the
# item-level client, claims, decisions, and the panes themselves driven
# offscreen against a real gatehouse-server.
gatehouse_add_test(queuedecision LIBRARIES gatehouse_models TIMEOUT 60)
gatehouse_add_test(queueitemclient SERVER LIBRARIES gatehouse_models TIMEOUT 180)
gatehouse_add_test(decisionoutbox SERVER TIMEOUT 300
    LIBRARIES gatehouse_models gatehouse_services_test_support)
gatehouse_add_test(claimkeeper SERVER LIBRARIES gatehouse_models TIMEOUT 180)
gatehouse_add_test(queuepane GUI SERVER TIMEOUT 300 LIBRARIES gatehouse_ui)
gatehouse_add_test(queuepane_decisions GUI SERVER TIMEOUT 300 LIBRARIES gatehouse_ui)

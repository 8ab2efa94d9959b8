# The Organizations pane (console side of issue 5): the tree model from memory,
# and the pane driven offscreen against a real gatehouse-server.
gatehouse_add_test(organizationtreemodel LIBRARIES gatehouse_models TIMEOUT 60)
gatehouse_add_test(organizationpane GUI SERVER TIMEOUT 300 LIBRARIES gatehouse_ui)

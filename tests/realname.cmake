# The real-name levels pane: its models against a real gatehouse-server, and
# the pane itself driven offscreen.
gatehouse_add_test(realnamemodel GUI SERVER LIBRARIES gatehouse_models TIMEOUT 240)
gatehouse_add_test(realnamepane GUI SERVER TIMEOUT 400 LIBRARIES gatehouse_ui)

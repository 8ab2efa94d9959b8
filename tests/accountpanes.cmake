# The Accounts pane (support desk): the search model from memory, and the pane
# driven offscreen against a real gatehouse-server (in-process, with accounts
# made for the test beside the demo platform's).
gatehouse_add_test(accountsearchmodel LIBRARIES gatehouse_models TIMEOUT 60)
gatehouse_add_test(accountpane GUI TIMEOUT 300
    LIBRARIES gatehouse_ui gatehouse_account_test_support)

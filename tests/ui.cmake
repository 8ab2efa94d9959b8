# Tests of the ui area: models, widgets, the composition root's pieces, translations.

gatehouse_add_test(auditlogmodel LIBRARIES gatehouse_models TIMEOUT 60)

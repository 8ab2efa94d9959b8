# Tests of the demo area.

# The generator in-process against a temporary SQLite file; the same executable,
# under the PostgreSQL fixture, checks that PostgreSQL gets identical data.
gatehouse_add_test(demogenerator LIBRARIES gatehouse_server_test_support)
gatehouse_add_test(demogenerator_postgres NO_TARGET TARGET tst_demogenerator POSTGRES
    ARGS postgresGetsTheSameData)

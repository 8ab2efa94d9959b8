# Tests of the services area.

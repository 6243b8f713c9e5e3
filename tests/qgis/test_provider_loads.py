"""The provider lists every algorithm module, and none fails to import on this machine."""


def test_every_algorithm_module_loads(provider):
    from urbanplan_plugin.algorithms import (
        ALGORITHM_MODULES,
        LOAD_ERRORS,
        algorithm_classes,
    )
    classes = algorithm_classes()
    assert LOAD_ERRORS == {}
    assert len(classes) == len(ALGORITHM_MODULES)
    ids = {a.id() for a in provider.algorithms()}
    for cls in classes:
        alg = cls()
        assert f"urbanplan:{alg.name()}" in ids
        assert alg.name() == alg.name().lower() and alg.name().isalnum()
        assert alg.displayName() and alg.shortHelpString()
        assert alg.group() and alg.groupId()


def test_every_algorithm_has_parameters_and_help_url(provider):
    for alg in provider.algorithms():
        assert alg.parameterDefinitions(), alg.id()
        assert alg.helpUrl().endswith(alg.name())

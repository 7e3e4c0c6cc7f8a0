"""Each test has its own Qt settings: what one test chooses does not reach the next."""

from __future__ import annotations

import pytest

from ui.settings import Settings


@pytest.mark.parametrize("run", [1, 2])
def test_a_setting_does_not_outlive_its_test(run: int) -> None:
    settings = Settings()
    assert settings.counted_audits == "finished" and settings.language == ""
    settings.counted_audits, settings.language = "accepted", "pl"
    assert Settings().counted_audits == "accepted"

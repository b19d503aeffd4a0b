"""Pick a model, and see where the text will go."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.core.errors import UserFacingError
from app.core.models.directory import ModelChoice, ModelDirectory
from app.core.models.library import INSTALL_STARTER_HINT
from app.ui.i18n import core_text, translate
from app.ui.widgets.layouts import hbox
from app.ui.widgets.privacy_badge import PrivacyBadge

#: The notice's link that asks for the Providers dialog.
PROVIDERS_LINK = "plinth:providers"
#: The badge of a remote model picked while offline mode is on: nothing is sent, and nothing will be.
OFFLINE_BADGE_TEXT = QT_TRANSLATE_NOOP("ModelPicker", "Offline: not sent")
#: ``ModelChoice.tag`` of a remote model while offline mode is on.
OFFLINE_TAG = "offline"
#: ``ModelChoice.tag`` as shown beside a model's name.
_TAGS = {OFFLINE_TAG: QT_TRANSLATE_NOOP("ModelPicker", "offline")}


class ModelUnavailableError(UserFacingError):
    """The picked model cannot be used now; the message says why and what to do."""

    title = QT_TRANSLATE_NOOP("core", "This model cannot be used now")


def offline_refusal(label: str) -> str:
    """Why a remote model picked while offline mode is on is not used, and the two ways out."""
    return translate(
        "ModelPicker",
        "{label} is a remote model and offline mode is on; turn offline mode off (Ctrl+Shift+O) or pick a local model.",
    ).format(label=label)


def _code_spans(text: str) -> str:
    """Plain text with `backticks` shown as code, for labels."""
    parts = escape(text).split("`")
    return "".join(f"<code>{part}</code>" if i % 2 else part for i, part in enumerate(parts))


def no_model_notice(choices: Sequence[ModelChoice], task: str) -> str:
    """Rich text saying how to get a model that can run, or "" when one can.

    ``task`` ends the sentence: "To translate with a model behind an API…".
    """
    #: A link that opens the Providers dialog; it ends a sentence ("…, add a provider (File › Providers…).").
    providers = translate("ModelPicker", '<a href="{link}">add a provider</a> (File › Providers…)').format(
        link=PROVIDERS_LINK
    )
    install = _code_spans(core_text(INSTALL_STARTER_HINT))
    if not choices:
        #: {install}: how to install a model. {task}: what the panel does, a verb phrase already translated
        #: ("translate", "classify", "compare models"). {providers}: the "add a provider" link.
        return translate(
            "ModelPicker",
            "<b>No model is installed.</b> {install} To {task} with a model behind an API instead, {providers}.",
        ).format(install=install, task=task, providers=providers)
    if not any(c.available for c in choices):
        if any(c.tag == OFFLINE_TAG for c in choices):
            return translate(
                "ModelPicker",
                "<b>No model can run offline.</b> Models behind an API are off while offline mode is on "
                "(File › Offline mode). {install}",
            ).format(install=install)
        return translate("ModelPicker", "<b>No model can run yet.</b> Add an API key: {providers}.").format(
            providers=providers
        )
    return ""


#: Characters of a model's name the combo keeps room for, alone on a line and sharing one.
NAME_CHARS = 18
COMPACT_NAME_CHARS = 14


class ModelPicker(QWidget):
    """A "Model" label, the model combo box and the privacy badge, in one row.

    Lists the ``ModelDirectory``'s choices: local models, a separator, then
    remote ones as ``provider:model``; those that cannot run yet are
    disabled, their reason in the tooltip, their tag ("offline") beside the
    name. The badge follows the selection.

    Offline mode does not take a remote model away from the person who
    picked it: it stays selected, shown as off (its tag, the badge, the
    panel's notice, ``unavailable_reason``) and cannot run, and it is usable
    again as soon as offline mode is off.

    Signals:
        model_changed(str): the selected model id ("" when none can be picked).
    """

    model_changed = Signal(str)

    def __init__(
        self,
        models: ModelDirectory,
        accessible_name: str | None = None,
        parent: QWidget | None = None,
        *,
        compact: bool = False,
        label_models: bool = False,
    ) -> None:
        """``compact``: for pickers that share a line; the combo and the badge both give way (elided,
        whole in their tooltips) instead of the badge keeping "Stays on this computer" whole.
        ``label_models``: list the models that only classify too (``ModelDirectory.label_choices``).
        ``accessible_name``: the combo's, already translated; "Model" when None."""
        super().__init__(parent)
        self._models = models
        self._label_models = label_models
        self._choices: dict[str, ModelChoice] = {}

        self._combo = QComboBox()
        self._combo.setAccessibleName(accessible_name if accessible_name is not None else self.tr("Model"))
        # Room for most of a model's name; the privacy badge beside it comes first, and the
        # combo's tooltip has the whole name.
        self._combo.setMinimumContentsLength(COMPACT_NAME_CHARS if compact else NAME_CHARS)
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label = QLabel(self.tr("&Model"))
        label.setBuddy(self._combo)
        # Text widths are fractional and the size hint rounds down: the last glyph got clipped.
        label.setMinimumWidth(label.sizeHint().width() + 2)
        self._badge = PrivacyBadge(compact=compact)

        hbox(label, (self._combo, 1), self._badge, parent=self, margins=(0, 0, 0, 0), spacing=8)
        self._combo.currentIndexChanged.connect(self._on_combo_current_index_changed)

    # -- public API ---------------------------------------------------------------

    def populate(self, wanted: Sequence[str | None] = ()) -> None:
        """Re-read the choices; select the first of ``wanted`` that can run (or is off only while offline mode
        is on), else the first that can run."""
        choices = self._models.label_choices() if self._label_models else self._models.choices()
        self._choices = {c.model_id: c for c in choices}
        local = [c for c in choices if c.destination is None]
        remote = [c for c in choices if c.destination is not None]
        combo = self._combo
        combo.blockSignals(True)
        combo.clear()
        for choice in local:
            combo.addItem(choice.label, choice.model_id)
            if choice.tooltip:
                combo.setItemData(combo.count() - 1, core_text(choice.tooltip), Qt.ItemDataRole.ToolTipRole)
        if local and remote:
            combo.insertSeparator(combo.count())
        for choice in remote:
            if choice.tag:
                tag = translate("ModelPicker", _TAGS[choice.tag]) if choice.tag in _TAGS else core_text(choice.tag)
                #: A model's name and a word about it, e.g. "openai:gpt-4o (offline)".
                combo.addItem(self.tr("{model} ({tag})").format(model=choice.label, tag=tag), choice.model_id)
            else:
                combo.addItem(choice.label, choice.model_id)
            index = combo.count() - 1
            if choice.available:
                sent = self.tr("Sent to {destination}").format(destination=core_text(choice.destination))
                combo.setItemData(index, sent, Qt.ItemDataRole.ToolTipRole)
            else:
                combo.setItemData(index, core_text(choice.note), Qt.ItemDataRole.ToolTipRole)
                # The combo's model is a QStandardItemModel; a disabled item cannot be picked.
                combo.model().item(index).setEnabled(False)  # type: ignore[attr-defined]
        combo.setCurrentIndex(self._initial_index(wanted))
        combo.blockSignals(False)
        self._on_combo_current_index_changed(combo.currentIndex())

    def set_label_models(self, on: bool) -> None:
        """List the models that only classify too, or not (a comparison or task that turned to labels, or away)."""
        if on != self._label_models:
            self._label_models = on
            self.refresh()

    def refresh(self) -> None:
        """Re-read the choices (providers or offline mode changed), keeping the selection as ``populate`` does."""
        self.populate([self.model_id])

    def notice(self, task: str) -> str:
        """See ``no_model_notice``; else why the picked model cannot be used now, or ""."""
        return no_model_notice(self.choices, task) or escape(self.unavailable_reason)

    @property
    def unavailable_reason(self) -> str:
        """Why the picked model cannot be used now ("" when it can, or when none is picked)."""
        choice = self.choice
        if choice is None or choice.available:
            return ""
        return offline_refusal(choice.label) if choice.tag == OFFLINE_TAG else core_text(choice.note)

    @property
    def choices(self) -> list[ModelChoice]:
        """Every model listed, as last read by ``populate``."""
        return list(self._choices.values())

    def choice_for(self, model_id: str | None) -> ModelChoice | None:
        return self._choices.get(model_id or "")

    @property
    def model_id(self) -> str | None:
        return self._combo.currentData()

    @property
    def choice(self) -> ModelChoice | None:
        return self.choice_for(self.model_id)

    @property
    def can_run(self) -> bool:
        choice = self.choice
        return choice is not None and choice.available

    @property
    def is_remote(self) -> bool:
        choice = self.choice
        return choice is not None and choice.destination is not None

    @property
    def model_label(self) -> str:
        return self._combo.currentText()

    def label_for(self, model_id: str | None) -> str:
        choice = self._choices.get(model_id or "")
        return choice.label if choice is not None else (model_id or "")

    def set_picking_enabled(self, enabled: bool) -> None:
        """Lock the choice while the model works (the badge stays readable)."""
        self._combo.setEnabled(enabled and bool(self._choices))

    # -- slots ----------------------------------------------------------------------------

    @Slot(int)
    def _on_combo_current_index_changed(self, _index: int) -> None:
        choice = self.choice
        if choice is None:
            self._badge.hide()
        elif choice.tag == OFFLINE_TAG and not choice.available:
            # Not "Sent to …": offline mode sends nothing, and the person should see why nothing happens.
            self._badge.set_destination(None)
            self._badge.setText(translate("ModelPicker", OFFLINE_BADGE_TEXT))
            self._badge.setToolTip(offline_refusal(choice.label))
            self._badge.show()
        else:
            self._badge.set_destination(choice.destination)
            self._badge.show()
        # The combo may be narrower than the name; the tooltip always has it whole (with a classifier's provenance).
        tooltip = core_text(choice.tooltip) if choice is not None else ""
        self._combo.setToolTip(f"{self._combo.currentText()}\n{tooltip}" if tooltip else self._combo.currentText())
        self.model_changed.emit(choice.model_id if choice is not None else "")

    # -- helpers ----------------------------------------------------------------------------

    def _initial_index(self, wanted: Sequence[str | None]) -> int:
        for model_id in wanted:
            choice = self._choices.get(model_id or "")
            # A remote model off only while offline mode is on stays picked: swapping it for another model
            # would send the next message somewhere the person did not choose.
            if choice is not None and (choice.available or choice.tag == OFFLINE_TAG):
                return self._combo.findData(model_id)
        usable = [c for c in self._choices.values() if c.available]
        return self._combo.findData(usable[0].model_id) if usable else -1

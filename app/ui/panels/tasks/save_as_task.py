""" "Save as task" from the Translate and Classify tabs: their current set-up as a ``TaskSpec`` to open in the
Tasks tab. Each task's template takes the row's text as ``{{text}}``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.tasks.custom.spec import TaskSpec
from app.core.tasks.languages import find_language
from app.core.tasks.translation import translation_request
from app.ui.i18n import translate

if TYPE_CHECKING:
    from app.core.tasks.batch import ClassifyJob
    from app.core.tasks.translation import TranslationOptions

#: The variable the text to classify or translate comes in.
TEXT_VARIABLE = "text"
TEMPLATE = f"{{{{{TEXT_VARIABLE}}}}}"


def classification_task(job: ClassifyJob) -> TaskSpec:
    """A label task choosing among ``job``'s labels, its instruction (and the labels' descriptions) as the
    system prompt."""
    lines = [job.instruction] if job.instruction else []
    described = [label for label in job.labels.labels if label.description]
    if described:
        lines.append("The labels mean:")
        lines.extend(f"- {label.name}: {label.description}" for label in described)
    # The lines above go to the model (in English, as the tab asks it); the name and description are the person's.
    name = job.labels.name or translate("SaveAsTask", "Classification")
    return TaskSpec(
        name=name,
        description=translate("SaveAsTask", "Saved from the Classify tab: one of {labels}.").format(
            labels=", ".join(job.labels.names)
        ),
        system_prompt="\n".join(lines),
        template=TEMPLATE,
        output="label",
        labels=job.labels.names,
    )


def translation_task(options: TranslationOptions) -> TaskSpec:
    """A text task asking for the translation the Translate tab would: its instructions as the system prompt,
    the whole glossary in it (the tab picks the terms each text uses)."""
    request = translation_request(
        "text", options.target, options.source, tone=options.tone, temperature=options.temperature
    )
    lines = [request.messages[0].content]
    if options.glossary.entries:
        lines.append("Use these translations for these terms:")
        lines.extend(f"- {e.source} → {e.target}" for e in options.glossary.entries)
    target = find_language(options.target).name
    return TaskSpec(
        name=translate("SaveAsTask", "Translate into {language}").format(language=target),
        description=translate(
            "SaveAsTask", "Saved from the Translate tab: the text of each row translated into {language}."
        ).format(language=target),
        system_prompt="\n".join(lines),
        template=TEMPLATE,
        temperature=options.temperature,
        seed=options.seed,
        max_tokens=1024,
    )

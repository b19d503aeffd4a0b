"""Screenshots of the window in Vietnamese and in Arabic (right to left): the chat and the comparison.

The chat asks the real starter model; the comparison sets it beside the OpenAI protocol test server on
127.0.0.1, as ``screenshots_compare.py`` does, with a reply written in the language. The starter (135M
parameters, trained mostly on English) answers poorly in other languages: the pictures show the window.
Each language runs in its own process (an application installs one language at start). Saves
chat-vi.png, compare-vi.png, chat-ar.png and compare-ar.png in resources/screenshots/.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QPushButton, QTabWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from paced_server import PacedOpenAIServer  # noqa: E402
from screenshots import ask, seed_history  # noqa: E402
from shots import OUT, hosted_openai, named, settle, shown_window, started, wait_until  # noqa: E402

from app.core.compare.saved import open_comparisons  # noqa: E402
from app.core.providers import KINDS  # noqa: E402
from app.ui import i18n  # noqa: E402
from app.ui.i18n import translate  # noqa: E402

KEY = "screenshot-key-0123456789abcdef"  # a fake key for the local test server
MODEL = KINDS["openai"].default_models[0]
#: Per language: earlier conversations (days ago, pinned, question, answer), the chat question, the comparison
#: prompt and the hosted model's reply.
SCRIPT = {
    "vi": {
        "earlier": [
            (0, True, "Thuật ngữ dự án: giữ nguyên tiếng Anh", "API, backend, pull request, release notes."),
            (1, False, "Tóm tắt biên bản họp thành năm ý", "- Ra mắt dời sang tháng Năm\n- Hai nhân sự mới"),
            (3, False, "Giải thích decorator trong Python", "Decorator bọc một hàm: `@cache` …"),
            (12, False, "Lên kế hoạch ba ngày ở Đà Nẵng", "Ngày 1: Bà Nà; ngày 2: Hội An …"),
            (40, False, "Lời chúc sinh nhật cho bà", "Chúc bà sinh nhật vui vẻ, mạnh khỏe! …"),
        ],
        "question": "Xin chào! Hãy giới thiệu bản thân trong một câu.",
        "prompt": "Vì sao bầu trời có màu xanh? Trả lời trong hai câu.",
        "reply": "Bầu trời có màu xanh vì ánh sáng Mặt Trời bị các phân tử không khí tán xạ, và ánh sáng "
        "có bước sóng ngắn như màu xanh bị tán xạ mạnh hơn nhiều (**tán xạ Rayleigh**). Vì vậy ánh sáng "
        "xanh lan khắp bầu trời, còn lúc hoàng hôn ánh sáng đi qua nhiều không khí hơn nên trời ngả màu cam.",
    },
    "ar": {
        "earlier": [
            (0, True, "مصطلحات المشروع التي تبقى بالإنجليزية", "API وbackend وpull request."),
            (1, False, "لخّص محضر الاجتماع في خمس نقاط", "- تأجيل الإطلاق إلى مايو\n- موظفان جديدان"),
            (3, False, "اشرح المزخرفات في بايثون بمثال", "المزخرف يغلّف دالة: `@cache` …"),
            (12, False, "خطة رحلة لثلاثة أيام في عمّان", "اليوم الأول: جبل القلعة؛ اليوم الثاني: البتراء …"),
            (40, False, "رسالة عيد ميلاد لجدتي", "كل عام وأنتِ بخير يا جدتي! …"),
        ],
        "question": "مرحبًا! عرّف بنفسك في جملة واحدة.",
        "prompt": "لماذا تبدو السماء زرقاء؟ أجب في جملتين.",
        "reply": "تبدو السماء زرقاء لأن جزيئات الهواء تشتّت ضوء الشمس، والأطوال الموجية القصيرة مثل الأزرق "
        "تتشتّت أكثر بكثير (**تشتّت رايلي**). لذلك ينتشر الضوء الأزرق في السماء كلها، أما عند الغروب فيعبر "
        "الضوء هواءً أكثر فتبدو السماء برتقالية.",
    },
}


def take(code: str) -> None:
    script = SCRIPT[code]
    with started() as (app, services, _home), PacedOpenAIServer(api_key=KEY) as server:
        assert i18n.install(code) == code, f"resources/i18n/plinth_{code}.qm is missing: run make"
        services.settings.temperature = 0.2
        services.settings.max_tokens = 60
        seed_history(services.store, script["earlier"])
        server.models = [MODEL]
        server.reply = re.findall(r"\S+\s*", script["reply"])
        server.usage = (31, len(server.reply) + 12)
        secrets = hosted_openai(services, server.url, [MODEL], KEY)
        services.settings.extra["compare"] = {
            "models": ["starter", f"openai:{MODEL}"], "task": "chat", "temperature": 0.2, "max_tokens": 120,
        }  # fmt: skip
        window = shown_window(services, secrets, comparisons=open_comparisons(services.store), store=services.store)
        try:
            ask(app, window, script["question"], (translate("ChatPanel", "Message"), translate("ChatPanel", "Send")))
            settle(app)
            window.grab().save(str(OUT / f"chat-{code}.png"))
            print(f"saved {OUT / f'chat-{code}.png'}")
            panel = window.compare_panel
            assert panel is not None
            tabs = window.centralWidget()
            assert isinstance(tabs, QTabWidget)
            tabs.setCurrentWidget(panel)
            run = named(panel, QPushButton, translate("ComparePanel", "Run comparison"))
            named(panel, QPlainTextEdit, translate("CompareSetup", "Input text")).setPlainText(script["prompt"])
            run.click()
            wait_until(app, lambda: run.isEnabled() and not panel.is_running)
            named(panel, QListWidget, translate("SavedComparisons", "Saved comparisons")).setCurrentRow(0)
            settle(app)
            window.grab().save(str(OUT / f"compare-{code}.png"))
            print(f"saved {OUT / f'compare-{code}.png'}")
        finally:
            window.close()


def main() -> int:
    code = os.environ.get("PLINTH_SHOT_LANG")
    if code:
        take(code)
        return 0
    for code in SCRIPT:
        subprocess.run([sys.executable, __file__], env={**os.environ, "PLINTH_SHOT_LANG": code}, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

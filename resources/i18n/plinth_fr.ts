<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>core</name>
    <message>
        <source>With {rows} labelled rows and {labels} labels, {method} scores best: {scores}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap ({gap}) is {why}: these data cannot tell them apart{tail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} gets within {near} of its full-set score from {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} macro-F1 at {rate} rows/s and {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cost} per 1,000 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} is ahead by {gap}, more than the spread over seeds and test rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {method} is the cheaper and faster choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two are level{tail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the spread over seeds (±{spread})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within what {rows} test rows can tell apart (about ±{resolution})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More labelled rows may still help {method}: its curve is still rising at the full set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompting {model} with examples by similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No method does clearly better than guessing (about {chance} with these labels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} reaches {scores}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {method} is also the cheaper and faster one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompting {model} zero-shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompting {model} with fixed examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompting {model} with examples by similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedding classifier ({model})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedding classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompting {model} zero-shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompting {model} with fixed examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding classifier ({model})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding cache cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved classifier cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per 1,000 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved comparisons cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{times} slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {times} the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points less accurate than {model} ({b} against {a})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {speed} {cost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {column} column of every row of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about as fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{times} faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for either)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown cost (no price is known for {model})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {cost} ({model}&apos;s cost is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at no cost, like {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at no cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {cost} where {model} costs nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at about the same cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {percent} of the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as accurate as {model} (within {points} point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points more accurate than {model} ({b} against {a})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} is {accuracy} {cost}, {speed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with {reference}, {model} is {cost}; speed unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt ({n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text to translate ({n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text and the labels ({n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} (not the {gold} column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent off this computer: nothing in the documents matched, so no model was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at 1/{share} of the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model finished, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They disagree: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy is unknown for some models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality is not measured: read the answers side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt and each column&apos;s system prompt (up to {n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt and the system prompt ({n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {column} column of every row of {file} and the labels (not the {gold} column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed on this computer: {models}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent off this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {model} finished, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} failed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All chose {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} chose {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy is unknown: no gold column was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {where}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {where} and {last}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both chose {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s chat template failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text too long for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit or quota reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON Schema cannot be used with this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is from a newer Plinth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a LoRA adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalogue is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was corrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model is gated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Hugging Face Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hugging Face Hub failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local API could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer cache cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON path cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promptfoo config cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task run not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template variable has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

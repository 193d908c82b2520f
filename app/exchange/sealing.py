"""Exchange files encrypted with age (age-encryption.org/v1, X25519 recipients, through
pyrage) to every device that may read them.

The first file of an institution goes out before any of its devices is known: it is
encrypted to a one-time key made of twelve words (BIP-39, 128 bits: no passphrase stretching
is needed, a wrong word is caught by the list's checksum), which the secretariat reads to the
focal point by phone. The words become the key through BIP-39's own seed derivation; the file
stays a plain age file.

The signed container is the plaintext: sign, then encrypt. Whoever opens a file decrypts it
first, and nothing inside is parsed unless that succeeded; age's authenticated encryption
(ChaCha20-Poly1305) refuses a single altered byte.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import bech32
import pyrage
from mnemonic import Mnemonic
from pyrage import x25519

from app.i18n import _

AGE_HEADER = b"age-encryption.org/v1\n"
ONE_TIME_BITS = 128  # twelve words
_WORDS = Mnemonic("english")


class NotUnsealed(Exception):
    """Why a file could not be decrypted, in one phrase (the caller names the file)."""

    def __init__(self, reason: str, *, not_for_these_keys: bool = False):
        super().__init__(reason)
        self.not_for_these_keys = not_for_these_keys


def one_time_passphrase() -> str:
    return _WORDS.generate(ONE_TIME_BITS)


def normalised(passphrase: str) -> str:
    """As the focal point may type what was read to them: any case, any spacing."""
    return " ".join(passphrase.lower().split())


def words_problem(passphrase: str) -> str | None:
    """What is wrong with typed words before any file is tried, or None."""
    words = normalised(passphrase).split()
    unknown = [word for word in words if word not in _WORDS.wordlist]
    if unknown:
        return _("'{0}' is not one of the words the application uses; check its "
                 "spelling").format(unknown[0])
    if len(words) != ONE_TIME_BITS * 3 // 32:
        return _("{0} words typed; the secretariat gave twelve").format(len(words))
    if not _WORDS.check(" ".join(words)):
        return _("the words do not check out: one of them was misheard, or two are in the "
                 "wrong order")
    return None


def one_time_identity(passphrase: str) -> x25519.Identity:
    """The key the twelve words stand for (their BIP-39 seed, first 32 bytes)."""
    seed = Mnemonic.to_seed(normalised(passphrase))
    five_bit_groups = bech32.convertbits(seed[:32], 8, 5)
    assert five_bit_groups is not None, "32 bytes always convert"
    secret = bech32.bech32_encode("age-secret-key-", five_bit_groups)
    return x25519.Identity.from_str(secret.upper())


def valid_recipient(text: object) -> str | None:
    """The recipient if `text` is one ("age1…"), else None."""
    if not isinstance(text, str):
        return None
    try:
        return str(x25519.Recipient.from_str(text.strip()))
    except (pyrage.RecipientError, ValueError):
        return None


def seal(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    if not recipients:
        raise ValueError("an exchange file needs at least one recipient")
    return pyrage.encrypt(plaintext, [x25519.Recipient.from_str(r) for r in recipients])


def is_sealed(data: bytes) -> bool:
    return data.startswith(AGE_HEADER)


def is_sealed_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return is_sealed(handle.read(len(AGE_HEADER)))
    except OSError:
        return False


def unseal(data: bytes, identities: Sequence[x25519.Identity]) -> bytes:
    """The plaintext; NotUnsealed says why not."""
    if not identities:
        raise NotUnsealed(_("encrypted for a database that is not on this computer"),
                          not_for_these_keys=True)
    try:
        return pyrage.decrypt(data, list(identities))
    except pyrage.DecryptError as error:
        if "No matching keys" in str(error):
            raise NotUnsealed(_("encrypted for another database, not this one (a file for "
                                "another secretariat or another computer — or its first "
                                "lines were altered on the way)"),
                              not_for_these_keys=True) from error
        raise NotUnsealed(_("damaged or altered on the way (its encryption does not check "
                            "out)")) from error

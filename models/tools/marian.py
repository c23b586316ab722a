"""A PyTorch port of Hugging Face's MarianMTModel (transformers/models/marian/modeling_marian.py).

This is the project's reference implementation: the ONNX exports, the parity fixtures and the
training script all use it, and the Java decoder must reproduce its numbers. Parameter names are
those of Hugging Face's state dict (``model.shared.weight``, ``model.encoder.layers.0.self_attn.
k_proj.weight``, ``final_logits_bias``, ...), so a Hugging Face checkpoint loads unchanged.

Architecture (as in Hugging Face Marian): sinusoidal positions (sin in the first half of the
dimensions, cos in the second), token embeddings scaled by sqrt(d_model), post-LN layers with
SiLU ("swish") feed-forward, no final layer norm, output projection tied to the shared embedding
plus ``final_logits_bias``.

Run with Debian's python3 (``/usr/bin/python3``), which has python3-torch.
"""

import json
import math
from dataclasses import asdict, dataclass, field
from typing import List, Optional, Tuple

import torch
from torch import nn
import torch.nn.functional as F


@dataclass
class MarianConfig:
    """The fields of Hugging Face's MarianConfig that the architecture uses (config.json names)."""

    vocab_size: int
    d_model: int = 512
    encoder_layers: int = 6
    decoder_layers: int = 6
    encoder_attention_heads: int = 8
    decoder_attention_heads: int = 8
    encoder_ffn_dim: int = 2048
    decoder_ffn_dim: int = 2048
    max_position_embeddings: int = 512
    pad_token_id: int = 0
    eos_token_id: int = 0
    decoder_start_token_id: int = 0
    unk_token_id: int = 1
    scale_embedding: bool = True
    activation_function: str = "swish"
    dropout: float = 0.1
    attention_dropout: float = 0.0
    activation_dropout: float = 0.0

    def to_hf_json(self) -> dict:
        """config.json as Hugging Face writes it for a Marian model."""
        d = asdict(self)
        d.update(
            {
                "architectures": ["MarianMTModel"],
                "model_type": "marian",
                "is_encoder_decoder": True,
                "normalize_before": False,
                "normalize_embedding": False,
                "static_position_embeddings": True,
                "share_encoder_decoder_embeddings": True,
                "tie_word_embeddings": True,
                "decoder_vocab_size": self.vocab_size,
                "num_hidden_layers": self.encoder_layers,
                "forced_eos_token_id": self.eos_token_id,
                "bad_words_ids": [[self.pad_token_id]],
                "use_cache": True,
                "init_std": 0.02,
                "torch_dtype": "float32",
            }
        )
        return d

    @staticmethod
    def from_json(path: str) -> "MarianConfig":
        with open(path, encoding="utf-8") as f:
            raw = json.load(f)
        names = MarianConfig.__dataclass_fields__.keys()
        return MarianConfig(**{k: v for k, v in raw.items() if k in names})


def sinusoidal_table(n_pos: int, dim: int) -> torch.Tensor:
    """MarianSinusoidalPositionalEmbedding._init_weight: sin in [0, dim/2), cos in [dim/2, dim)."""
    position_enc = torch.tensor(
        [[pos / math.pow(10000, 2 * (j // 2) / dim) for j in range(dim)] for pos in range(n_pos)],
        dtype=torch.float64,
    )
    out = torch.zeros(n_pos, dim, dtype=torch.float64)
    sentinel = dim // 2 if dim % 2 == 0 else (dim // 2) + 1
    out[:, 0:sentinel] = torch.sin(position_enc[:, 0::2])
    out[:, sentinel:] = torch.cos(position_enc[:, 1::2])
    return out.float()


class SinusoidalPositions(nn.Module):
    def __init__(self, n_pos: int, dim: int):
        super().__init__()
        self.weight = nn.Parameter(sinusoidal_table(n_pos, dim), requires_grad=False)

    def forward(self, seq_len: int, past_len) -> torch.Tensor:
        positions = torch.arange(seq_len, dtype=torch.long, device=self.weight.device) + past_len
        return self.weight[positions]


class Attention(nn.Module):
    """Multi-head attention as Hugging Face's MarianAttention (query scaled before the product)."""

    def __init__(self, d_model: int, heads: int, dropout: float):
        super().__init__()
        self.heads = heads
        self.head_dim = d_model // heads
        self.scaling = self.head_dim ** -0.5
        self.dropout = dropout
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.q_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def split(self, x: torch.Tensor) -> torch.Tensor:
        b, t, _ = x.shape
        return x.view(b, t, self.heads, self.head_dim).transpose(1, 2)

    def project_kv(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        return self.split(self.k_proj(x)), self.split(self.v_proj(x))

    def forward(self, x, key, value, mask):
        """x: [b, t, d]; key/value: [b, h, s, hd]; mask: additive, broadcastable to [b, h, t, s].

        Returns the output [b, t, d] and the attention probabilities [b, h, t, s].
        """
        b, t, d = x.shape
        q = self.split(self.q_proj(x) * self.scaling)
        weights = torch.matmul(q, key.transpose(-1, -2))
        if mask is not None:
            weights = weights + mask
        probs = F.softmax(weights, dim=-1)
        dropped = F.dropout(probs, p=self.dropout, training=self.training)
        out = torch.matmul(dropped, value).transpose(1, 2).reshape(b, t, d)
        return self.out_proj(out), probs


class EncoderLayer(nn.Module):
    def __init__(self, c: MarianConfig):
        super().__init__()
        self.self_attn = Attention(c.d_model, c.encoder_attention_heads, c.attention_dropout)
        self.self_attn_layer_norm = nn.LayerNorm(c.d_model)
        self.fc1 = nn.Linear(c.d_model, c.encoder_ffn_dim)
        self.fc2 = nn.Linear(c.encoder_ffn_dim, c.d_model)
        self.final_layer_norm = nn.LayerNorm(c.d_model)
        self.dropout = c.dropout
        self.activation_dropout = c.activation_dropout

    def forward(self, h, mask):
        k, v = self.self_attn.project_kv(h)
        a, _ = self.self_attn(h, k, v, mask)
        h = self.self_attn_layer_norm(h + F.dropout(a, self.dropout, self.training))
        f = F.dropout(F.silu(self.fc1(h)), self.activation_dropout, self.training)
        f = F.dropout(self.fc2(f), self.dropout, self.training)
        return self.final_layer_norm(h + f)


class DecoderLayer(nn.Module):
    def __init__(self, c: MarianConfig):
        super().__init__()
        self.self_attn = Attention(c.d_model, c.decoder_attention_heads, c.attention_dropout)
        self.self_attn_layer_norm = nn.LayerNorm(c.d_model)
        self.encoder_attn = Attention(c.d_model, c.decoder_attention_heads, c.attention_dropout)
        self.encoder_attn_layer_norm = nn.LayerNorm(c.d_model)
        self.fc1 = nn.Linear(c.d_model, c.decoder_ffn_dim)
        self.fc2 = nn.Linear(c.decoder_ffn_dim, c.d_model)
        self.final_layer_norm = nn.LayerNorm(c.d_model)
        self.dropout = c.dropout
        self.activation_dropout = c.activation_dropout

    def forward(self, h, self_mask, cross_mask, past_self, cross_kv):
        """past_self: (key, value) of earlier positions or None; cross_kv: (key, value) of the source.

        Returns the new hidden states, this layer's (self key, self value) including the new
        positions, and the cross-attention probabilities [b, h, t, s].
        """
        k, v = self.self_attn.project_kv(h)
        if past_self is not None:
            k = torch.cat([past_self[0], k], dim=2)
            v = torch.cat([past_self[1], v], dim=2)
        a, _ = self.self_attn(h, k, v, self_mask)
        h = self.self_attn_layer_norm(h + F.dropout(a, self.dropout, self.training))
        c, cross = self.encoder_attn(h, cross_kv[0], cross_kv[1], cross_mask)
        h = self.encoder_attn_layer_norm(h + F.dropout(c, self.dropout, self.training))
        f = F.dropout(F.silu(self.fc1(h)), self.activation_dropout, self.training)
        f = F.dropout(self.fc2(f), self.dropout, self.training)
        return self.final_layer_norm(h + f), (k, v), cross


class Encoder(nn.Module):
    def __init__(self, c: MarianConfig, shared: nn.Embedding):
        super().__init__()
        self.embed_tokens = shared
        self.embed_positions = SinusoidalPositions(c.max_position_embeddings, c.d_model)
        self.layers = nn.ModuleList([EncoderLayer(c) for _ in range(c.encoder_layers)])
        self.embed_scale = math.sqrt(c.d_model) if c.scale_embedding else 1.0
        self.dropout = c.dropout


class Decoder(nn.Module):
    def __init__(self, c: MarianConfig, shared: nn.Embedding):
        super().__init__()
        self.embed_tokens = shared
        self.embed_positions = SinusoidalPositions(c.max_position_embeddings, c.d_model)
        self.layers = nn.ModuleList([DecoderLayer(c) for _ in range(c.decoder_layers)])
        self.embed_scale = math.sqrt(c.d_model) if c.scale_embedding else 1.0
        self.dropout = c.dropout


class MarianBody(nn.Module):
    def __init__(self, c: MarianConfig):
        super().__init__()
        self.shared = nn.Embedding(c.vocab_size, c.d_model, c.pad_token_id)
        self.encoder = Encoder(c, self.shared)
        self.decoder = Decoder(c, self.shared)


def additive_mask(mask: torch.Tensor, dtype=torch.float32) -> torch.Tensor:
    """[b, s] of 1/0 → [b, 1, 1, s] of 0/most-negative, as Hugging Face's _expand_mask."""
    inverted = 1.0 - mask[:, None, None, :].to(dtype)
    return inverted * torch.finfo(dtype).min


def causal_mask(t: int, past: int, dtype=torch.float32, device=None) -> torch.Tensor:
    """[1, 1, t, past + t]: position i may see past positions and new positions <= i."""
    m = torch.full((t, t), torch.finfo(dtype).min, dtype=dtype, device=device).triu(1)
    if past > 0:
        m = torch.cat([torch.zeros(t, past, dtype=dtype, device=device), m], dim=1)
    return m[None, None]


# A decoder cache entry per layer: (self key, self value, cross key, cross value), each [b, h, s, hd].
LayerCache = Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]


class MarianMTModel(nn.Module):
    """Marian encoder-decoder with a tied output layer, Hugging Face parameter names."""

    def __init__(self, c: MarianConfig):
        super().__init__()
        self.config = c
        self.model = MarianBody(c)
        self.register_buffer("final_logits_bias", torch.zeros(1, c.vocab_size))

    def init_weights(self, std: float = 0.02, seed: Optional[int] = None) -> None:
        """Normal(0, std) weights, zero biases, as Hugging Face's _init_weights (pad row zero)."""
        g = torch.Generator().manual_seed(seed) if seed is not None else None
        for name, p in self.named_parameters():
            if "embed_positions" in name:
                continue
            if "layer_norm" in name:
                p.data.fill_(1.0 if name.endswith("weight") else 0.0)
            elif name.endswith("bias"):
                p.data.zero_()
            else:
                p.data.copy_(torch.randn(p.shape, generator=g) * std)
        self.model.shared.weight.data[self.config.pad_token_id].zero_()

    def encode(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        enc = self.model.encoder
        h = enc.embed_tokens(input_ids) * enc.embed_scale
        h = h + enc.embed_positions(input_ids.shape[1], 0)
        h = F.dropout(h, enc.dropout, self.training)
        mask = additive_mask(attention_mask, h.dtype)
        for layer in enc.layers:
            h = layer(h, mask)
        return h

    def cross_kv(self, encoder_hidden: torch.Tensor) -> List[Tuple[torch.Tensor, torch.Tensor]]:
        """The cross-attention keys and values of every decoder layer (computed once per source)."""
        return [layer.encoder_attn.project_kv(encoder_hidden) for layer in self.model.decoder.layers]

    def decode(
        self,
        decoder_input_ids: torch.Tensor,
        encoder_attention_mask: torch.Tensor,
        cross: List[Tuple[torch.Tensor, torch.Tensor]],
        past_self: Optional[List[Tuple[torch.Tensor, torch.Tensor]]] = None,
    ):
        """One decoder pass over new positions.

        Returns (logits [b, t, V], new self caches per layer, cross-attention probs per layer).
        """
        dec = self.model.decoder
        past_len = 0 if past_self is None else past_self[0][0].shape[2]
        t = decoder_input_ids.shape[1]
        h = dec.embed_tokens(decoder_input_ids) * dec.embed_scale
        h = h + dec.embed_positions(t, past_len)
        h = F.dropout(h, dec.dropout, self.training)
        self_mask = causal_mask(t, past_len, h.dtype, h.device) if t > 1 else None
        cross_mask = additive_mask(encoder_attention_mask, h.dtype)
        caches, attentions = [], []
        for i, layer in enumerate(dec.layers):
            h, kv, attn = layer(h, self_mask, cross_mask, None if past_self is None else past_self[i], cross[i])
            caches.append(kv)
            attentions.append(attn)
        logits = F.linear(h, self.model.shared.weight) + self.final_logits_bias
        return logits, caches, attentions

    def forward(self, input_ids, attention_mask, decoder_input_ids):
        """Teacher-forced pass for training: (logits [b, t, V], cross-attention probs per layer)."""
        enc = self.encode(input_ids, attention_mask)
        logits, _, attentions = self.decode(decoder_input_ids, attention_mask, self.cross_kv(enc))
        return logits, attentions


def shift_right(labels: torch.Tensor, pad_id: int, start_id: int) -> torch.Tensor:
    """Decoder inputs from labels, as Hugging Face's shift_tokens_right (-100 becomes pad)."""
    shifted = labels.new_zeros(labels.shape)
    shifted[:, 1:] = labels[:, :-1].clone()
    shifted[:, 0] = start_id
    return shifted.masked_fill(shifted == -100, pad_id)

{% for line in doc %}
/// {{ line }}
{% endfor %}
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads{% if let Some(member) = naming_member %}; first the one its `{{ member }}` names{% endif %}, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
{% if let Some(other) = catch_all %}
///
/// A value no alternative fits is kept whole in [`{{ name }}::{{ other }}`], and sent back as it came.
{% endif %}
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
// The alternatives are the spec's; boxing the large ones would tax every use.
#[allow(clippy::large_enum_variant)]
pub enum {{ name }} {
{% for variant in variants %}
    {{ variant.name }}({{ variant.ty }}),
{% endfor %}
{% if let Some(other) = catch_all %}
    /// A value none of the alternatives fits, as it came.
    {{ other }}(serde_json::Value),
{% endif %}
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; {{ variants.len() }}] = [
{% for variant in variants %}
    {{ variant.evidence }},
{% endfor %}
];

impl<'de> serde::Deserialize<'de> for {{ name }} {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
{% for variant in variants %}
                {{ loop.index0 }} => <{{ variant.inner }} as serde::Deserialize>::deserialize(&value).map({{ variant.constructor }}),
{% endfor %}
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
{% if let Some(other) = catch_all %}
        Ok({{ name }}::{{ other }}(value))
{% else %}
        Err(serde::de::Error::custom(format!("no alternative of `{{ name }}` fits {value}")))
{% endif %}
    }
}
{% for variant in variants %}
{% if variant.from %}

impl From<{{ variant.inner }}> for {{ name }} {
    fn from(value: {{ variant.inner }}) -> Self {
        {{ name }}::{{ variant.name }}({{ variant.wrap }})
    }
}
{% endif %}
{% endfor %}

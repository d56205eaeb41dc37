{% for line in doc %}
/// {{ line }}
{% endfor %}
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
// The alternatives are the spec's; boxing the large ones would tax every use.
#[allow(clippy::large_enum_variant)]
pub enum {{ name }} {
{% for variant in variants %}
    {{ variant.name }}({{ variant.ty }}),
{% endfor %}
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

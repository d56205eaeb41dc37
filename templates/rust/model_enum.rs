{% for line in doc %}
/// {{ line }}
{% endfor %}
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum {{ name }} {
{% for variant in variants %}
    /// `{{ variant.value_doc }}`
    {{ variant.name }},
{% endfor %}
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl {{ name }} {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
        {% for variant in variants %}
            {{ name }}::{{ variant.name }} => {{ variant.value_literal }},
        {% endfor %}
            {{ name }}::Unknown(value) => value,
        }
    }
}

impl From<&str> for {{ name }} {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
        {% for variant in variants %}
            {{ variant.patterns }} => {{ name }}::{{ variant.name }},
        {% endfor %}
            other => {{ name }}::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!({{ name }});

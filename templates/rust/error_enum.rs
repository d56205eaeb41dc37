{#- An operation's error enum and how it is decoded: in an API module for an operation of its own,
    in `apis/errors.rs` for the operations that share it. -#}
{%- macro error_enum(e) -%}
{% for line in e.doc %}
/// {{ line }}
{% endfor %}
{% if let Some(cfg) = e.cfg %}
#[cfg({{ cfg }})]
{% endif %}
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum {{ e.name }} {
{% for variant in e.variants %}
    /// {{ variant.doc }}
    {% match variant.payload %}{% when Some with (payload) %}{{ variant.name }}({{ payload }}),{% when None %}{{ variant.name }},{% endmatch %}
{% endfor %}
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

{% if let Some(cfg) = e.cfg %}
#[cfg({{ cfg }})]
{% endif %}
impl crate::OperationError for {{ e.name }} {
    {% if e.variants.is_empty() %}
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok({{ e.name }}::Other)
    }
    {% else %}
    fn decode(status: u16, {% if e.has_payload %}body{% else %}_body{% endif %}: &[u8]) -> Result<Self, crate::DecodeFailure> {
        {% if e.has_payload %}
        let empty = body.trim_ascii().is_empty();
        {% endif %}
        Ok(match status {
        {% for variant in e.variants %}
            {% match variant.payload %}
            {% when Some with (payload) %}
            {{ variant.pattern }} if !empty => {{ e.name }}::{{ variant.name }}(crate::request::decode_body(body)?),
            {% when None %}
            {{ variant.pattern }} => {{ e.name }}::{{ variant.name }},
            {% endmatch %}
        {% endfor %}
            _ => {{ e.name }}::Other,
        })
    }
    {% endif %}

    fn undeclared() -> Self {
        {{ e.name }}::Other
    }
}
{%- endmacro -%}

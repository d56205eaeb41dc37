//! The API areas, one module per tag of the spec. Each adds an accessor to [`crate::Client`].
{% for m in modules %}

#[cfg(feature = "{{ m.feature }}")]
pub mod {{ m.name }};
#[cfg(feature = "{{ m.feature }}")]
pub use {{ m.name }}::{{ m.api_name }};
{% endfor %}
{% if let Some(cfg) = errors_cfg %}

#[cfg({{ cfg }})]
pub mod errors;
{% endif %}

//! `{{ name }}`, from `{{ origin }}`.
{% if !imports.is_empty() %}

use crate::models::{ {{ imports|join(", ") }} };
{% endif %}

{{ item }}

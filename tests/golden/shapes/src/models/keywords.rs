//! `Keywords`, from `openapi.yaml#/components/schemas/Keywords`.

/// Property names that are awkward in Rust.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Keywords {
    /// A Rust keyword `type`.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// A Rust keyword `self`.
    #[serde(rename = "self", skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    /// A Rust keyword `move`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#move: Option<bool>,
    /// A hyphenated name.
    #[serde(rename = "created-by", skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// A camelCase name.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Another camelCase name.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Collides with `foo_bar` after snake_case.
    #[serde(rename = "fooBar", skip_serializing_if = "Option::is_none")]
    pub foo_bar: Option<String>,
    /// Collides with `fooBar` after snake_case.
    #[serde(rename = "foo_bar", skip_serializing_if = "Option::is_none")]
    pub foo_bar2: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Keywords {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: impl Into<String>) -> Self {
        Keywords {
            r#type: r#type.into(),
            self_: None,
            r#move: None,
            created_by: None,
            created_at: None,
            display_name: None,
            foo_bar: None,
            foo_bar2: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Keywords {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Keywords {
    const NAME: &'static str = "Keywords";

    #[inline]
    fn empty() -> Self {
        Keywords {
            r#type: Default::default(),
            self_: None,
            r#move: None,
            created_by: None,
            created_at: None,
            display_name: None,
            foo_bar: None,
            foo_bar2: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "self" => self.self_ = map.next_value_seed(crate::lenient::TextOption)?,
            "move" => self.r#move = map.next_value_seed(crate::lenient::FlagOption)?,
            "created-by" => {
                self.created_by = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "createdAt" => {
                self.created_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "fooBar" => self.foo_bar = map.next_value_seed(crate::lenient::TextOption)?,
            "foo_bar" => self.foo_bar2 = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

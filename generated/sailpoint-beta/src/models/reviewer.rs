//! `Reviewer`, from `beta/schemas/Reviewer.yaml`.

use crate::models::ReviewerType;

/// Details of the reviewer for a certification.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Reviewer {
    /// Reviewer's DTO type.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ReviewerType>,
    /// Reviewer's ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Reviewer's display name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Reviewing identity's email. This is only applicable to reviewers of the `IDENTITY` type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Reviewer {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        r#type: ReviewerType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Reviewer {
            r#type: Some(r#type),
            id: id.into(),
            name: name.into(),
            email: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Reviewer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Reviewer {
    const NAME: &'static str = "Reviewer";

    #[inline]
    fn empty() -> Self {
        Reviewer {
            r#type: None,
            id: Default::default(),
            name: Default::default(),
            email: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `Ccbccpreferenceentry`, from `apis/notifications/schemas/ccbccpreferenceentry.yaml`.

use crate::models::Ccbccrecipienttype;

/// One CC or BCC routing entry. Dynamic recipient types are resolved at notification send time. Field applicability depends on type: IDENTITY and GOVERNANCE_GROUP require `id`; STATIC_EMAIL requires `email`; MANAGER_OF may optionally include `id` (manager of that identity, otherwise manager of the notification recipient); ORG_ADMINS does not use `id` or `email`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Ccbccpreferenceentry {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Ccbccrecipienttype>,
    /// Identity or governance group id when required by the recipient type. For MANAGER_OF, when provided this is the identity whose manager should receive the email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Static email address when type is STATIC_EMAIL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Ccbccpreferenceentry {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: Ccbccrecipienttype) -> Self {
        Ccbccpreferenceentry {
            r#type: Some(r#type),
            id: None,
            email: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Ccbccpreferenceentry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Ccbccpreferenceentry {
    const NAME: &'static str = "Ccbccpreferenceentry";

    #[inline]
    fn empty() -> Self {
        Ccbccpreferenceentry {
            r#type: None,
            id: None,
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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

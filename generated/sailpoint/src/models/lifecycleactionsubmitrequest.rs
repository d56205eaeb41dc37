//! `Lifecycleactionsubmitrequest`, from `apis/machine-identities-lifecycle-actions/schemas/lifecycleactionsubmitrequest.yaml`.

use crate::models::{Lifecycleaction, Lifecycleactionsubmitcomment};

/// `Lifecycleactionsubmitrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Lifecycleactionsubmitrequest {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Lifecycleaction>,
    /// Optional submit-time comments. At most 10 comments are allowed per request; each comment must be non-empty and at most 1000 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<Lifecycleactionsubmitcomment>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Lifecycleactionsubmitrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(action: Lifecycleaction) -> Self {
        Lifecycleactionsubmitrequest {
            action: Some(action),
            comments: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Lifecycleactionsubmitrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Lifecycleactionsubmitrequest {
    const NAME: &'static str = "Lifecycleactionsubmitrequest";

    #[inline]
    fn empty() -> Self {
        Lifecycleactionsubmitrequest {
            action: None,
            comments: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "action" => self.action = map.next_value()?,
            "comments" => self.comments = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

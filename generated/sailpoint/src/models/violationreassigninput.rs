//! `Violationreassigninput`, from `apis/sod-violations/schemas/violationreassigninput.yaml`.

use crate::models::Reassigninput;

/// Data needed to reassign a policy violation to a new owner.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Violationreassigninput {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "reassignTo", skip_serializing_if = "Option::is_none")]
    pub reassign_to: Option<Reassigninput>,
    /// Optional comments explaining the reassignment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Violationreassigninput {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(reassign_to: Reassigninput) -> Self {
        Violationreassigninput {
            reassign_to: Some(reassign_to),
            comments: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Violationreassigninput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Violationreassigninput {
    const NAME: &'static str = "Violationreassigninput";

    #[inline]
    fn empty() -> Self {
        Violationreassigninput {
            reassign_to: None,
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
            "reassignTo" => self.reassign_to = map.next_value()?,
            "comments" => {
                self.comments = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `Segmentmembership`, from `apis/data-segmentation/schemas/segmentmembership.yaml`.

use crate::models::{Scopetype, Segmentid};

/// Contains the segments and types that an identity is associated with
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Segmentmembership {
    /// List of segment ids that the identity is associated with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<Segmentid>>,
    /// They type of scopes that are assigned to the identity.
    #[serde(rename = "allAccessScopes", skip_serializing_if = "Option::is_none")]
    pub all_access_scopes: Option<Vec<Scopetype>>,
    /// Date time string that lets you know when the membership data is going to be refreshed.
    #[serde(rename = "refreshBy", skip_serializing_if = "Option::is_none")]
    pub refresh_by: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Segmentmembership {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Segmentmembership {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Segmentmembership {
    const NAME: &'static str = "Segmentmembership";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "segments" => self.segments = map.next_value()?,
            "allAccessScopes" => self.all_access_scopes = map.next_value()?,
            "refreshBy" => {
                self.refresh_by = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `Lookupstep`, from `apis/work-reassignment/schemas/lookupstep.yaml`.

use crate::models::Reassignmenttypeenum;

/// The definition of an Identity according to the Reassignment Configuration service
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Lookupstep {
    /// The ID of the Identity who work is reassigned to
    #[serde(rename = "reassignedToId", skip_serializing_if = "Option::is_none")]
    pub reassigned_to_id: Option<String>,
    /// The ID of the Identity who work is reassigned from
    #[serde(rename = "reassignedFromId", skip_serializing_if = "Option::is_none")]
    pub reassigned_from_id: Option<String>,
    /// Reassignment type
    #[serde(rename = "reassignmentType", skip_serializing_if = "Option::is_none")]
    pub reassignment_type: Option<Reassignmenttypeenum>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Lookupstep {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Lookupstep {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Lookupstep {
    const NAME: &'static str = "Lookupstep";

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
            "reassignedToId" => {
                self.reassigned_to_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "reassignedFromId" => {
                self.reassigned_from_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "reassignmentType" => self.reassignment_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

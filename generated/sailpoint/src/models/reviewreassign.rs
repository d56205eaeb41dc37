//! `Reviewreassign`, from `apis/certifications/schemas/reviewreassign.yaml`.

use crate::models::Reassignreference;

/// `Reviewreassign` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Reviewreassign {
    /// A server's absent or `null` member reads as an empty list.
    pub reassign: Vec<Reassignreference>,
    /// The ID of the identity to which the certification is reassigned
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "reassignTo")]
    pub reassign_to: String,
    /// The reason comment for why the reassign was made
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub reason: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Reviewreassign {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        reassign: Vec<Reassignreference>,
        reassign_to: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        Reviewreassign {
            reassign,
            reassign_to: reassign_to.into(),
            reason: reason.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Reviewreassign {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Reviewreassign {
    const NAME: &'static str = "Reviewreassign";

    #[inline]
    fn empty() -> Self {
        Reviewreassign {
            reassign: Default::default(),
            reassign_to: Default::default(),
            reason: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "reassign" => {
                self.reassign = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "reassignTo" => self.reassign_to = map.next_value_seed(crate::lenient::Text)?,
            "reason" => self.reason = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

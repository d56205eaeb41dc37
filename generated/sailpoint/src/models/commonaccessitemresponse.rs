//! `Commonaccessitemresponse`, from `apis/iai-common-access/schemas/commonaccessitemresponse.yaml`.

use crate::models::{Commonaccessitemaccess, Commonaccessitemstate};

/// `Commonaccessitemresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Commonaccessitemresponse {
    /// Common Access Item ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<Commonaccessitemaccess>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Commonaccessitemstate>,
    #[serde(rename = "lastUpdated", skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<String>,
    #[serde(rename = "reviewedByUser", skip_serializing_if = "Option::is_none")]
    pub reviewed_by_user: Option<bool>,
    #[serde(rename = "lastReviewed", skip_serializing_if = "Option::is_none")]
    pub last_reviewed: Option<String>,
    #[serde(rename = "createdByUser", skip_serializing_if = "Option::is_none")]
    pub created_by_user: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Commonaccessitemresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Commonaccessitemresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Commonaccessitemresponse {
    const NAME: &'static str = "Commonaccessitemresponse";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "access" => self.access = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "lastUpdated" => {
                self.last_updated = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "reviewedByUser" => {
                self.reviewed_by_user = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "lastReviewed" => {
                self.last_reviewed = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "createdByUser" => {
                self.created_by_user = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

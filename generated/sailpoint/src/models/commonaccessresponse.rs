//! `Commonaccessresponse`, from `apis/iai-common-access/schemas/commonaccessresponse.yaml`.

use crate::models::Commonaccessitemaccess;

/// `Commonaccessresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Commonaccessresponse {
    /// Unique ID of the common access item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// common access item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<Commonaccessitemaccess>,
    /// CONFIRMED or DENIED
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "commonAccessType", skip_serializing_if = "Option::is_none")]
    pub common_access_type: Option<String>,
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "lastUpdated", skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<chrono::DateTime<chrono::Utc>>,
    /// true if user has confirmed or denied status
    #[serde(rename = "reviewedByUser", skip_serializing_if = "Option::is_none")]
    pub reviewed_by_user: Option<bool>,
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "lastReviewed", skip_serializing_if = "Option::is_none")]
    pub last_reviewed: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "createdByUser", skip_serializing_if = "Option::is_none")]
    pub created_by_user: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Commonaccessresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Commonaccessresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Commonaccessresponse {
    const NAME: &'static str = "Commonaccessresponse";

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
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "commonAccessType" => {
                self.common_access_type = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "lastUpdated" => {
                self.last_updated = map.next_value_seed(crate::datetime::Optional)?;
            }
            "reviewedByUser" => {
                self.reviewed_by_user = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "lastReviewed" => {
                self.last_reviewed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "createdByUser" => {
                self.created_by_user = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `Approval`, from `apis/search/schemas/approval.yaml`.

use crate::models::{
    Accountsource, Activityidentity, Approvalcomment2, Attributerequest, Datetime,
};

/// `Approval` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approval {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<Approvalcomment2>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<Datetime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Activityidentity>,
    /// The result of the approval
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    #[serde(rename = "attributeRequest", skip_serializing_if = "Option::is_none")]
    pub attribute_request: Option<Attributerequest>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Accountsource>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approval {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approval {
    const NAME: &'static str = "Approval";

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
            "comments" => self.comments = map.next_value()?,
            "modified" => self.modified = map.next_value()?,
            "owner" => self.owner = map.next_value()?,
            "result" => self.result = map.next_value_seed(crate::lenient::TextOption)?,
            "attributeRequest" => self.attribute_request = map.next_value()?,
            "source" => self.source = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `Accessrequestresponse2`, from `apis/identity-history/schemas/accessrequestresponse-2.yaml`.

use crate::models::Accessrequestitemresponse;

/// `Accessrequestresponse2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestresponse2 {
    /// the requester Id
    #[serde(rename = "requesterId", skip_serializing_if = "Option::is_none")]
    pub requester_id: Option<String>,
    /// the requesterName
    #[serde(rename = "requesterName", skip_serializing_if = "Option::is_none")]
    pub requester_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Accessrequestitemresponse>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestresponse2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestresponse2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestresponse2 {
    const NAME: &'static str = "Accessrequestresponse2";

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
            "requesterId" => {
                self.requester_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "requesterName" => {
                self.requester_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "items" => self.items = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `Accessrequestresponse`, from `apis/access-requests/schemas/accessrequestresponse.yaml`.

use crate::models::Accessrequesttracking;

/// `Accessrequestresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestresponse {
    /// A list of new access request tracking data mapped to the values requested.
    #[serde(rename = "newRequests", skip_serializing_if = "Option::is_none")]
    pub new_requests: Option<Vec<Accessrequesttracking>>,
    /// A list of existing access request tracking data mapped to the values requested.  This indicates access has already been requested for this item.
    #[serde(rename = "existingRequests", skip_serializing_if = "Option::is_none")]
    pub existing_requests: Option<Vec<Accessrequesttracking>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestresponse {
    const NAME: &'static str = "Accessrequestresponse";

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
            "newRequests" => self.new_requests = map.next_value()?,
            "existingRequests" => self.existing_requests = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

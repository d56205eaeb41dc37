//! `Accountrequestinfo`, from `apis/account-activities/schemas/accountrequestinfo.yaml`.

use crate::models::Requestableobjecttype;

/// If an account activity item is associated with an access request, captures details of that request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountrequestinfo {
    /// Id of requested object
    #[serde(rename = "requestedObjectId", skip_serializing_if = "Option::is_none")]
    pub requested_object_id: Option<String>,
    /// Human-readable name of requested object
    #[serde(rename = "requestedObjectName", skip_serializing_if = "Option::is_none")]
    pub requested_object_name: Option<String>,
    #[serde(rename = "requestedObjectType", skip_serializing_if = "Option::is_none")]
    pub requested_object_type: Option<Requestableobjecttype>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountrequestinfo {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountrequestinfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountrequestinfo {
    const NAME: &'static str = "Accountrequestinfo";

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
            "requestedObjectId" => {
                self.requested_object_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "requestedObjectName" => {
                self.requested_object_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "requestedObjectType" => self.requested_object_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

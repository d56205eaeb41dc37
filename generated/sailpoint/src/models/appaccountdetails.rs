//! `Appaccountdetails`, from `apis/apps/schemas/appaccountdetails.yaml`.

use crate::models::AppaccountdetailsSourceAccount;

/// `Appaccountdetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Appaccountdetails {
    /// The source app ID
    #[serde(rename = "appId", skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// The source app display name
    #[serde(rename = "appDisplayName", skip_serializing_if = "Option::is_none")]
    pub app_display_name: Option<String>,
    #[serde(rename = "sourceAccount", skip_serializing_if = "Option::is_none")]
    pub source_account: Option<AppaccountdetailsSourceAccount>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Appaccountdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Appaccountdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Appaccountdetails {
    const NAME: &'static str = "Appaccountdetails";

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
            "appId" => self.app_id = map.next_value_seed(crate::lenient::TextOption)?,
            "appDisplayName" => {
                self.app_display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceAccount" => self.source_account = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

//! `AccessitemaccessprofileresponseAppRefsInner`, from `apis/identity-history/schemas/accessitemaccessprofileresponse.yaml#/properties/appRefs/items`.

/// `AccessitemaccessprofileresponseAppRefsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessitemaccessprofileresponseAppRefsInner {
    /// the cloud app id associated with the access profile
    #[serde(rename = "cloudAppId", skip_serializing_if = "Option::is_none")]
    pub cloud_app_id: Option<String>,
    /// the cloud app name associated with the access profile
    #[serde(rename = "cloudAppName", skip_serializing_if = "Option::is_none")]
    pub cloud_app_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessitemaccessprofileresponseAppRefsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AccessitemaccessprofileresponseAppRefsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessitemaccessprofileresponseAppRefsInner {
    const NAME: &'static str = "AccessitemaccessprofileresponseAppRefsInner";

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
            "cloudAppId" => {
                self.cloud_app_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "cloudAppName" => {
                self.cloud_app_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

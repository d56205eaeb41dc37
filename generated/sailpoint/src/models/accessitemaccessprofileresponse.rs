//! `Accessitemaccessprofileresponse`, from `apis/identity-history/schemas/accessitemaccessprofileresponse.yaml`.

use crate::models::AccessitemaccessprofileresponseAppRefsInner;

/// `Accessitemaccessprofileresponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessitemaccessprofileresponse {
    /// the access item id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the access item type. accessProfile in this case
    #[serde(rename = "accessType", skip_serializing_if = "Option::is_none")]
    pub access_type: Option<String>,
    /// the display name of the identity
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// the name of the source
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// the number of entitlements the access profile will create
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "entitlementCount")]
    pub entitlement_count: i32,
    /// the description for the access profile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// the id of the source
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// the list of app ids associated with the access profile
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "appRefs")]
    pub app_refs: Vec<AccessitemaccessprofileresponseAppRefsInner>,
    /// the date the access profile will be assigned to the specified identity, in case requested with a future start date
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// the date the access profile is no longer assigned to the specified identity
    #[serde(rename = "removeDate", skip_serializing_if = "Option::is_none")]
    pub remove_date: Option<String>,
    /// indicates whether the access profile is standalone
    pub standalone: Option<bool>,
    /// indicates whether the access profile is revocable
    pub revocable: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessitemaccessprofileresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        entitlement_count: i32,
        app_refs: Vec<AccessitemaccessprofileresponseAppRefsInner>,
    ) -> Self {
        Accessitemaccessprofileresponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            entitlement_count,
            description: None,
            source_id: None,
            app_refs,
            start_date: None,
            remove_date: None,
            standalone: None,
            revocable: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessitemaccessprofileresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessitemaccessprofileresponse {
    const NAME: &'static str = "Accessitemaccessprofileresponse";

    #[inline]
    fn empty() -> Self {
        Accessitemaccessprofileresponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            entitlement_count: Default::default(),
            description: None,
            source_id: None,
            app_refs: Default::default(),
            start_date: None,
            remove_date: None,
            standalone: None,
            revocable: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "accessType" => {
                self.access_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "entitlementCount" => {
                self.entitlement_count = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "appRefs" => {
                self.app_refs = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "startDate" => {
                self.start_date = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "removeDate" => {
                self.remove_date = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "standalone" => {
                self.standalone = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "revocable" => {
                self.revocable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}

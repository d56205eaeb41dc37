use sailpoint_codegen::model::*;
fn main() {
    let t = std::time::Instant::now();
    let mut w = sailpoint_codegen::error::Warnings::default();
    let spec = sailpoint_codegen::load::load(std::path::Path::new("../shared/spec/idn/sailpoint-api.beta.yaml"), &mut w).unwrap();
    let t1 = t.elapsed();
    let api = build(&spec, &mut w);
    println!("load {:?} model {:?}", t1, t.elapsed());
    println!("ops {} tags {} types {}", api.operations.len(), api.tags.len(), api.types.len());
    let mut kinds = std::collections::BTreeMap::new();
    for t in &api.types { *kinds.entry(match &t.kind { TypeKind::Struct(_) => "struct", TypeKind::Enum(_) => "enum", TypeKind::Union(_) => "union", TypeKind::Alias(_) => "alias" }).or_insert(0) += 1; }
    println!("{kinds:?}");
    println!("paginated {}", api.operations.iter().filter(|o| o.paginated).count());
    let arg = std::env::args().nth(1);
    if let Some(a) = arg { for t in &api.types { if t.name.contains(&a) { println!("{:#?}", t); } } for o in &api.operations { if o.operation_id == a { println!("{o:#?}"); } } }
    for x in w.finish() { if !x.message.contains("sibling") { eprintln!("{x}"); } }
}

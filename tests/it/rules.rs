use crate::common::*;

#[test]
fn the_small_site_builds_with_no_diagnostics() {
    let b = SiteTest::new().build();
    b.assert_clean();
    assert!(b.written);
    println!("{}", b.out.display());
}
